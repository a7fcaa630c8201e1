namespace FactoryTwin.Factory.Plans;

/// <summary>When a machine needs an operator.</summary>
public enum OperatorDuring
{
    /// <summary>For a setup only; processing needs none.</summary>
    Setup,

    /// <summary>For processing only; setups need none.</summary>
    Processing,

    /// <summary>One operator stays from the start of the setup (if any) to the end of the processing.</summary>
    Both,
}
