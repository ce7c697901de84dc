// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.07578113794485031) q[0];
ry(2.5433836153698794) q[0];
rz(0.06265942178932127) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 9a0a811e9aaf05542e4ccd24d25199ace374a7a1e6547eff292a0682227b9287
