// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.7014141783546632) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 87e66d2daf97cb82129715b080a3985a29bb79c477de8f71506b93051de6f1ea
