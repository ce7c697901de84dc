// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.3266032242713308) q[0];
ry(1.6176276623514738) q[0];
rz(0.01585623719454432) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 c6250c6e4aa15646bd76865d6e0cbf3e9081567b96b92175438f41d95beccb47
