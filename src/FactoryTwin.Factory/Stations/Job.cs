using FactoryTwin.Des;
using FactoryTwin.Factory.World;

namespace FactoryTwin.Factory.Stations;

/// <summary>One unit of a product on its way through its routing.</summary>
public sealed class Job
{
    internal Job(Element element, ProductPlan product, long number, double createdAt, Simulation simulation)
    {
        Element = element;
        Number = number;
        Product = product;
        CreatedAt = createdAt;
        StepDone = new Signal(simulation);
    }

    public Element Element { get; }

    public string Id => Element.Id;

    public ProductPlan Product { get; }

    /// <summary>Its place in the order of release, 0 first (its element's index is reused once it has left, this is not).</summary>
    public long Number { get; }

    /// <summary>When the job was released, in seconds.</summary>
    public double CreatedAt { get; }

    /// <summary>The routing step it is at or moving to.</summary>
    public int Step { get; internal set; }

    /// <summary>Pulsed when a station has finished the job's current step.</summary>
    internal Signal StepDone { get; }

    /// <summary>True once the current step is finished.</summary>
    internal bool IsStepDone { get; set; }

    /// <inheritdoc />
    public override string ToString() => Id;
}
