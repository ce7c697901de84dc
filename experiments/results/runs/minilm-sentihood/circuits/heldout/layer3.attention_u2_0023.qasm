// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.2426705934531035) q[0];
ry(2.146714831164509) q[0];
rz(0.13400856667832306) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 2e800b95cdadeb30413fc1b911d919ad2eff1ccbc1f2d0f74d2c1c53bb466261
