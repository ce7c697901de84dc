// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.3771101029263435) q[0];
ry(2.568711806539086) q[0];
rz(0.32129834388252343) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 e855a16ef2fd316336fcd1a81fd5b22f749ffaea40c76f316c609ef2343c5e64
