// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(1.0238431442365101) q[0];
ry(1.5657296521855362) q[0];
rz(-0.008320515771847337) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 c7114fed2c17a5d09fab25c3f4abc796e05e0095b66722aca69320cc48eaa0bd
