namespace FactoryTwin.Experiments.Brains;

/// <summary>A brain program broke the protocol (exited, printed a line that is not JSON, chose what cannot be done, or did not answer in time): the run cannot go on.</summary>
public sealed class BrainException : Exception
{
    public BrainException()
    {
    }

    public BrainException(string message)
        : base(message)
    {
    }

    public BrainException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
