// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.822118845992134) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 a53dc0d10347e983fa11d97b9675dec9f7cd41954ab9fbebaf7bfd5b92f81f74
