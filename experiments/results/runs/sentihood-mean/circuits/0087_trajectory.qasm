// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.16410437577139306) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 a1045aad09d756f87bb109688e1dd5344c1110cc572472fbc0b94fd8f4c7283b
