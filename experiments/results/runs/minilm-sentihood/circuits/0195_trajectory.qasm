// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.0140913604989978) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 01ba041782ab678980db7614253ae9ae7801501f7a2024edd8e86dc0696f3b24
