// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.410624243592745) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 6734b66ac0f4607232ad74497ed8e99cb5d8aa5d817641a4e3dfcd561e5c92e3
