namespace FactoryTwin.Factory.World;

/// <summary>Keeps every change, so the state and position of any element at any time can be looked up.</summary>
/// <remarks>
/// Every element registered has a place of its own here, numbered in the order of registration, even where the log
/// gives a finished job's index to a new one; <see cref="Elements"/> and the changes kept use these numbers.
/// </remarks>
public sealed class StateHistory : IStateObserver
{
    private readonly List<Element> _elements = [];
    private readonly List<List<StateChange>> _byElement = [];
    private readonly List<int> _placeOfIndex = []; // the log's index of a living element -> its place here

    /// <summary>The elements seen so far, with their places here as indexes.</summary>
    public IReadOnlyList<Element> Elements => _elements;

    public void OnElement(Element element)
    {
        ArgumentNullException.ThrowIfNull(element);
        while (_placeOfIndex.Count <= element.Index)
            _placeOfIndex.Add(-1);
        _placeOfIndex[element.Index] = _elements.Count;
        _elements.Add(element with { Index = _elements.Count });
        _byElement.Add([]);
    }

    public void OnChange(in StateChange change)
    {
        var place = _placeOfIndex[change.Element];
        _byElement[place].Add(change with { Element = place, Link = change.Link >= 0 ? _placeOfIndex[change.Link] : -1 });
    }

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
