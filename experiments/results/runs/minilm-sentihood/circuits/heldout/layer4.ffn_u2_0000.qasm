// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.22853352446670971) q[0];
ry(1.2802872871120972) q[0];
rz(-0.06652676490620468) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 6a4d022a0ae4c2a126b45ceb81dedab46bc64bf7498409b8299d72f6f38db29b
