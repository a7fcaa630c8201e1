namespace FactoryTwin.Factory.World;

/// <summary>The one record of what happened: every change of every element, in time order, passed to its observers.</summary>
/// <remarks>
/// The world changes its state only through <see cref="Record"/>. Metrics, the trace and any query of the state at a
/// time are observers of this one stream, so they cannot disagree. The log keeps only each element's latest change;
/// observers keep what they need (a <see cref="StateHistory"/> keeps everything). The index of an element that has
/// left for good (a finished job) is given to the next element registered, so a long run keeps only what is in the
/// factory now: observers key what they keep by index while the element lives, and by id beyond.
/// </remarks>
public sealed class StateLog
{
    private readonly List<Element> _elements = [];
    private readonly List<StateChange> _latest = [];
    private readonly List<IStateObserver> _observers = [];
    private readonly Stack<int> _free = new();

    /// <summary>The element at each index: the one registered last there (a retired element stays until its index is given again).</summary>
    public IReadOnlyList<Element> Elements => _elements;

    /// <summary>How many changes have been recorded.</summary>
    public long Changes { get; private set; }

    /// <summary>Adds an observer; it is told at once about the elements registered so far and the state each is in.</summary>
    public void Observe(IStateObserver observer)
    {
        ArgumentNullException.ThrowIfNull(observer);
        _observers.Add(observer);
        var retired = _free.ToHashSet();
        foreach (var element in _elements.Where(e => !retired.Contains(e.Index)))
        {
            observer.OnElement(element);
            observer.OnChange(_latest[element.Index]);
        }
    }

    /// <summary>Registers an element and records its first state.</summary>
    public Element Register(string id, ElementKind kind, string group, in StateChange initial)
    {
        var element = new Element(_free.Count > 0 ? _free.Pop() : _elements.Count, id, kind, group);
        if (element.Index == _elements.Count)
        {
            _elements.Add(element);
            _latest.Add(default);
        }
        else
        {
            _elements[element.Index] = element;
        }
        foreach (var observer in _observers)
            observer.OnElement(element);
        Record(initial with { Element = element.Index });
        return element;
    }

    /// <summary>Records a change; its time must not be earlier than the element's previous change.</summary>
    public void Record(in StateChange change)
    {
        _latest[change.Element] = change;
        Changes++;
        foreach (var observer in _observers)
            observer.OnChange(change);
    }

    /// <summary>Says that <paramref name="element"/> has left for good (its last change recorded): its index may be given to the next element.</summary>
    public void Retire(Element element)
    {
        ArgumentNullException.ThrowIfNull(element);
        _free.Push(element.Index);
    }

    /// <summary>The latest change of an element: its current state.</summary>
    public StateChange Current(int element) => _latest[element];
}
