// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.2048841132429406) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 ec16fa1f8aafc29ffc13412ac8dd15910a6347376d4615d9a45b6df9786d296b
