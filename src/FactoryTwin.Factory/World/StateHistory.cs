namespace FactoryTwin.Factory.World;

/// <summary>Keeps every change, so the state and position of any element at any time can be looked up.</summary>
public sealed class StateHistory : IStateObserver
{
    private readonly List<Element> _elements = [];
    private readonly List<List<StateChange>> _byElement = [];

    /// <summary>The elements seen so far.</summary>
    public IReadOnlyList<Element> Elements => _elements;

    public void OnElement(Element element)
    {
        ArgumentNullException.ThrowIfNull(element);
        _elements.Add(element);
        _byElement.Add([]);
    }

    public void OnChange(in StateChange change) => _byElement[change.Element].Add(change);

    /// <summary>Every change of one element, in time order.</summary>
    public IReadOnlyList<StateChange> Of(int element) => _byElement[element];

    /// <summary>The change in force at <paramref name="time"/>: the last one at or before it (the first, if none is).</summary>
    public StateChange At(int element, double time)
    {
        var changes = _byElement[element];
        int low = 0, high = changes.Count - 1;
        while (low < high)
        {
            var middle = (low + high + 1) / 2;
            if (changes[middle].Time <= time)
                low = middle;
            else
                high = middle - 1;
        }
        return changes[low];
    }

    /// <summary>The element with this id.</summary>
    public Element Find(string id) =>
        _elements.FirstOrDefault(e => e.Id == id) ?? throw new KeyNotFoundException($"No element has the id '{id}'.");
}
