namespace FactoryTwin.Des.Resources;

/// <summary>Where a resource request is in its life.</summary>
/// <remarks>A byte, so that it fits beside the request's other fields without making every request 8 bytes larger.</remarks>
public enum RequestStatus : byte
{
    /// <summary>In the queue, not yet granted.</summary>
    Waiting,

    /// <summary>Holding a unit of the resource.</summary>
    Granted,

    /// <summary>Given back with <see cref="Resource.Release"/> or by disposing the request.</summary>
    Released,

    /// <summary>Withdrawn from the queue before it was granted.</summary>
    Cancelled,

    /// <summary>Taken away by a more important request of a <see cref="PreemptiveResource"/>.</summary>
    Preempted,
}
