// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.1891626964132953) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 56feb22751a901c044628bada2c75fe0c69e1ab7aeff8fb46adfac7d382aa5ba
