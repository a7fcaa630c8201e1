namespace FactoryTwin.Factory.Plans;

/// <summary>From <paramref name="FromHour"/> to <paramref name="ToHour"/> of every day (past midnight if it is earlier), only <paramref name="Working"/> of a station's machines, or of a fleet's robots, work.</summary>
public sealed record ShiftPlan(double FromHour, double ToHour, int Working);
