namespace FactoryTwin.Des.Resources;

/// <summary>The waiting requests of a resource, in the order they will be granted.</summary>
/// <remarks>Withdrawn requests stay in place and are skipped when they come up, so withdrawing costs O(1).</remarks>
internal abstract class RequestQueue
{
    /// <param name="order">The request's place in the order of arrival, which breaks ties between equal priorities.</param>
    public abstract void Enqueue(ResourceRequest request, long order);

    /// <summary>The next request still waiting, if any.</summary>
    public bool TryDequeue(out ResourceRequest request)
    {
        while (TryDequeueAny(out request))
        {
            if (request.Status == RequestStatus.Waiting)
                return true;
        }
        return false;
    }

    protected abstract bool TryDequeueAny(out ResourceRequest request);

    /// <summary>First come, first served.</summary>
    public sealed class Fifo : RequestQueue
    {
        private readonly Queue<ResourceRequest> _queue = new();

        public override void Enqueue(ResourceRequest request, long order) => _queue.Enqueue(request);

        protected override bool TryDequeueAny(out ResourceRequest request) => _queue.TryDequeue(out request!);
    }

    /// <summary>Lowest priority number first, first come first served among equals.</summary>
    public sealed class ByPriority : RequestQueue
    {
        private readonly PriorityQueue<ResourceRequest, (int Priority, long Order)> _queue = new();

        public override void Enqueue(ResourceRequest request, long order) => _queue.Enqueue(request, (((PriorityRequest)request).Priority, order));

        protected override bool TryDequeueAny(out ResourceRequest request) => _queue.TryDequeue(out request!, out _);
    }
}
