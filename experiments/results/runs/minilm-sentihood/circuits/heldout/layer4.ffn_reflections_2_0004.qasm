// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.1023220060268364) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 02a5d972aadafc7f470a472c9b19c148645532c1a86fde4eaefbb9b460ad94ae
