// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.4576804841480193) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 68745557a582d828d956e6e867eacd6d8e9682745b08cc998e27552c2889f7f7
