namespace Contoso.OrdersWeb
{
    public static class TokenHelper
    {
        private static readonly string ClientId = WebConfigurationManager.AppSettings.Get("ClientId");
        private static readonly string ClientSecret = WebConfigurationManager.AppSettings.Get("ClientSecret");
    }
}
