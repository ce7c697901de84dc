// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.3102405761580749) q[0];
ry(1.262492587488016) q[0];
rz(-0.09697642005250051) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 2f1378e46943e673abbdbc4c507aa2b3461abb1d4a22981c84a4d3992d33704a
