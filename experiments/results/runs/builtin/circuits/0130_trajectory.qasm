// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.0659752810000254) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 b0b15bbaebbb6150a2c20e026421278efe64b5cfd8d6002458786f4f752486fc
