// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.068585304908219) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 f726527e76a0be7845ce6428625e39fa24b136721ec6e0ac17315e68c977f6b9
