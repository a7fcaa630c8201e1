namespace FactoryTwin.Experiments.Design;

/// <summary>One thing an experiment runs: a named scenario (a file, or a file with settings changed) and its plan.</summary>
/// <param name="Name">How results name it: the file name, a variant's name, or the settings of a sweep point.</param>
/// <param name="Source">The scenario file it came from.</param>
/// <param name="Settings">The changes made to the file's scenario.</param>
/// <param name="Sha256">The SHA-256 of the scenario as run (after the settings), to match results to their exact input.</param>
public sealed record Alternative(string Name, string Source, IReadOnlyList<Setting> Settings, FactoryPlan Plan, string Sha256);
