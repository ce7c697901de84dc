// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.513951063657792) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 9795a62b6391d3bec31c154e384f0ad3e83d778e310b8565b17f2c53816b8028
