// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(3.0931656512955428) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 ac8a0c4a917514da7ca0a599e1226843a9ef7ce8a4394ed501bbc0bcfe5c2a16
