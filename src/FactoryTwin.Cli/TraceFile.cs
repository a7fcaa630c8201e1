using FactoryTwin.Experiments.Running;
using FactoryTwin.Factory.World;

namespace FactoryTwin.Cli;

/// <summary>A trace written to a temporary file and renamed into place only once its replication has finished.</summary>
internal sealed class TraceFile(string path) : IDisposable
{
    private readonly string _temporary = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(path))!, $".trace.{Environment.ProcessId}.tmp");
    private StreamWriter? _writer;

    public IStateObserver Writer(FactoryWorldInfo info)
    {
        ArgumentNullException.ThrowIfNull(info);
        Directory.CreateDirectory(Path.GetDirectoryName(_temporary)!);
        _writer = new StreamWriter(_temporary, append: false, new System.Text.UTF8Encoding(false), bufferSize: 1 << 16) { NewLine = "\n" };
        return new TraceWriter(_writer, info.NodeId);
    }

    /// <summary>Puts the trace in place if replication 1 ran here (on a resume it may have run before, and its trace is kept).</summary>
    public void Keep()
    {
        if (_writer is null)
            return;
        _writer.Dispose();
        _writer = null;
        File.Move(_temporary, path, overwrite: true);
    }

    public void Dispose()
    {
        _writer?.Dispose();
        if (File.Exists(_temporary))
            File.Delete(_temporary);
    }
}
