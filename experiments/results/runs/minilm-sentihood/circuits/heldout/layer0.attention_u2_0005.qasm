// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.41831926577274814) q[0];
ry(2.3436087657869553) q[0];
rz(0.30094224559561455) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 fcbe5ff7e8bf111f8b699a8350e4a380c3bc2edb5db9092656826a3598c0c417
