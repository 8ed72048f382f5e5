<?xml version="1.0" encoding="UTF-8"?>
<!--
  safe-href: the URL of a link made from data (the licence's and the
  sources' URLs, a TEI ref or ptr, a link in edition.xml), or '' when it must
  not be linked. Only http, https, mailto and relative references are linked:
  a javascript:, data:, vbscript: … URL would run a script in the reader's
  browser. The scheme is read as a browser reads it: white space anywhere in
  it is ignored and its case does not matter ("Java Script:"). The manifest's
  URLs are refused when the manifest is read (util/url); this is the second
  line of defence, for every href built from data. Included by common.xsl.
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

  <xsl:template name="safe-href">
    <xsl:param name="url"/>
    <xsl:variable name="u" select="normalize-space($url)"/>
    <xsl:variable name="k" select="translate($u, ' &#9;&#10;&#13;', '')"/>
    <xsl:variable name="head" select="substring-before($k, ':')"/>
    <xsl:variable name="scheme"
                  select="translate($head, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz')"/>
    <xsl:if test="not(contains($k, '&amp;#'))
                  and (not(contains($k, ':')) or translate($head, '/?#', '') != $head
                       or $scheme = 'http' or $scheme = 'https' or $scheme = 'mailto')">
      <xsl:value-of select="$u"/>
    </xsl:if>
  </xsl:template>

</xsl:stylesheet>
