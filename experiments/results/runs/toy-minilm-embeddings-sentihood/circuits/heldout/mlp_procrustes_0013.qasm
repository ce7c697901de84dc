// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.3860764608995186) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 1458171b15541bd84ce933f43b5a21c7d29e09950339975d33dd718f289d65b9
