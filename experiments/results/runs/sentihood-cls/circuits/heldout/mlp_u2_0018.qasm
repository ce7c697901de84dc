// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.32746939782675266) q[0];
ry(2.768846433007417) q[0];
rz(0.3064092856617098) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 3c9b82fde1c91a6cd8de73abe3162dce178d9c58c11ca22a57382bc52e9a297d
