// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.055499908342164) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 629848e96a81cbb4f105a58078febb4d28238aef2ff1ddfca42b996a4bfd112f
