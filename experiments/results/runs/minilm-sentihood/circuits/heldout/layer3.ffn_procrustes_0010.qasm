// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.9930392260648673) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 8f676fe7cfc9b7178753f683bbd4d8eedf2abae490e526ed006679608ea3bacd
