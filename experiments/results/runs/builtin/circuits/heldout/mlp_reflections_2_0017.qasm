// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.4450080447985174) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 51468b203317414ee8d1ba7af065d5ba996b312add72d9f715a8afaf203ecd29
