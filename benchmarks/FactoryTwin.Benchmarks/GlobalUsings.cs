global using FactoryTwin.Factory.Plans;
