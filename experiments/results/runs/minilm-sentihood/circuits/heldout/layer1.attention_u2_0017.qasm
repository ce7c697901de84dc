// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.36823326949366963) q[0];
ry(0.9409355082890367) q[0];
rz(-0.2234716578591076) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 a9d5caf92ac84dc0ba66ac299ce0928856527869f4738a6f53e6eae27a8f36fd
