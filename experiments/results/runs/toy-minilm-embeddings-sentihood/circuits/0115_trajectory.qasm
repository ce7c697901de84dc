// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.7088169636602938) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 cc03d480726b154d5a16356cfa23904f76cb011fc79efa8ca986540f98483f03
