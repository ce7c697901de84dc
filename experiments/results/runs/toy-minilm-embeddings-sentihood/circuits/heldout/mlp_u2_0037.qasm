// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(1.0527784748827296) q[0];
ry(3.0409339812474294) q[0];
rz(1.0505925603723885) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 d2313e86104ebbb4e1f05bdfe5582e86ac4e144cdfadee8828c6d55e6ecc38d2
