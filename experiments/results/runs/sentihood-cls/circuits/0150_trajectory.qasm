// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.9997781787207058) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 2c943adb77194f75adb38093d1b44bfa95c2a5799c9b8dd218efd57105b493cb
