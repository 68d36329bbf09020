<%@ Page Language="C#" AutoEventWireup="true" CodeBehind="Default.aspx.cs" Inherits="ContosoWeb.Default" %>

<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml">
<head runat="server">
    <title>Contoso Orders</title>
</head>
<body>
    <form id="form1" runat="server">
        <div>Open orders</div>
    </form>
</body>
</html>
