// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.16063386380064237) q[0];
ry(2.5238406748017144) q[0];
rz(0.13132377281611296) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 8262226f9c107393ed96b4d36848db4c36bf53324293beb92116c0182a60eb4e
