using FactoryTwin.Des;

namespace FactoryTwin.Factory.Stations;

/// <summary>How jobs get from one station to the next: by robots, or by a plain transfer time without them.</summary>
public interface ITransport
{
    /// <summary>Moves <paramref name="job"/> from the output buffer of <paramref name="from"/> into the input buffer of <paramref name="to"/>, where a place is reserved for it.</summary>
    IEnumerable<Event> Move(Job job, Station from, Station to);
}
