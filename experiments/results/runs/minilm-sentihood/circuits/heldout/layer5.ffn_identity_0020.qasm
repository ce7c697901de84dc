// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.571166986254387) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 1287e0360fe69c4f369c2ab94fe3a3453d3d3717c038349dc661c158255eaf2e
