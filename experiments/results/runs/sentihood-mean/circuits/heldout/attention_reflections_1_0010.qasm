// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-1.5033057761881765) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 fb68d67134c851d3c0082bea1e3e433771d91408cf008731c770b17f7634034f
