// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.361445966561186) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 a54240eaca0b58483da000ed5470aaa489740f478bce98ea6907143c97fe1dcf
