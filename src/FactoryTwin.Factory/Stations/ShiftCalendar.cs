using FactoryTwin.Des;

namespace FactoryTwin.Factory.Stations;

/// <summary>Daily shifts of a station's machines or a fleet's robots: at each shift's start and end of every day, the first ones the shift names work and the others go off shift.</summary>
/// <param name="setOffShift">For each machine or robot, in order: puts it off shift (true) or at work (false).</param>
internal sealed class ShiftCalendar(IReadOnlyList<Action<bool>> setOffShift, IReadOnlyList<ShiftPlan> shifts)
{
    private const double Day = 86_400;

    public IEnumerable<Event> Run(Simulation simulation)
    {
        var changes = shifts.SelectMany(s => new[] { s.FromHour * 3600, s.ToHour * 3600 % Day }).Distinct().Order().ToArray();
        Work(simulation.Now % Day / 3600);
        for (var day = 0L; ; day++)
        {
            foreach (var change in changes)
            {
                var at = (day * Day) + change; // absolute times, so that no rounding of the time of day can stall the calendar
                if (at <= simulation.Now)
                    continue;
                yield return simulation.Timeout(at - simulation.Now);
                Work(change / 3600);
            }
        }
    }

    /// <summary>Puts the machines or robots the shifts of <paramref name="hour"/> say to work (the first ones), the others off shift.</summary>
    private void Work(double hour)
    {
        var working = setOffShift.Count;
        foreach (var shift in shifts)
        {
            if (shift.FromHour < shift.ToHour ? hour >= shift.FromHour && hour < shift.ToHour : hour >= shift.FromHour || hour < shift.ToHour)
                working = shift.Working;
        }
        for (var m = 0; m < setOffShift.Count; m++)
            setOffShift[m](m >= working);
    }
}
