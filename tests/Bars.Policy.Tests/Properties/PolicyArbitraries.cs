namespace Bars.Policy.Tests.Properties; public static class PolicyArbitraries {}
