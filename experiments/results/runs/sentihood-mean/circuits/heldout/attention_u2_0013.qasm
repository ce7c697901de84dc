// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(1.0262045408702098) q[0];
ry(1.5189508371552052) q[0];
rz(-0.08535139576431838) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 fd8aa3dc8e912135bf17a48df75916c79c632243f9a6efa5da048030b3a9cb3a
