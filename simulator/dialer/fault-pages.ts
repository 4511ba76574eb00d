/**
 * The bodies a client meets on a bad day, copied from what Apache, nginx and a broken PHP
 * actually print, so the extension's error handling is tested against realistic text.
 */

/** Apache 2.4's answer to a request line over LimitRequestLine (8,190 bytes by default). */
export function apache414Page(host: string, port: number): string {
  return `<!DOCTYPE HTML PUBLIC "-//IETF//DTD HTML 2.0//EN">
<html><head>
<title>414 Request-URI Too Long</title>
</head><body>
<h1>Request-URI Too Long</h1>
<p>The requested URL's length exceeds the capacity
limit for this server.<br />
</p>
<hr>
<address>Apache/2.4.62 (Debian) Server at ${host} Port ${port}</address>
</body></html>
`;
}

/** A reverse proxy (nginx) in front of a dialer whose Apache is down. */
export const NGINX_502_PAGE = `<html>
<head><title>502 Bad Gateway</title></head>
<body>
<center><h1>502 Bad Gateway</h1></center>
<hr><center>nginx</center>
</body>
</html>
`;

/** HTTP 200 whose body is a PHP warning followed by the start of a reply: neither text nor JSON. */
export const MALFORMED_BODY = `<br />
<b>Warning</b>:  mysqli_connect(): (HY000/2002): Connection refused in <b>/var/www/html/dialer/dbconnect_mysqli.php</b> on line <b>31</b><br />
{"success":tr`;
